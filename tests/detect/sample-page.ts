/** A sample page touching every feature, written for these tests. */
export const SAMPLE_PAGE: string[] = [
  'Moscow, one year on: the Crocus City Hall attack',
  'The Crocus City Hall attack killed at least 145 people and injured 551, officials said in March 2024.',
  'ISIS-K, also called Islamic State Khorasan Province, claimed it; the wider Islamic State praised it.',
  "Nikolai Patrushev's comments came later; Patrushev blamed others. Some wrote Patrushew by mistake.",
  'Отвечая на вопросы, Патрушеву напомнили о «Крокус Сити Холле»: погибли не менее 145 человек.',
  'In Крокусе tickets had cost 2500 рублей; the concert began at 20:00 on 22 March.',
  "Selon l’EI, l'attaque a fait plus de 140 morts; pour l’Isis, rien.",
  "L'attacco rivendicato dall’Isis: almeno 139 morti e oltre 180 feriti, il 22 marzo.",
  'Mindestens 139 Tote; Patruschew sprach von 1.971 Verletzten? Nein, die Zahl ist erfunden.',
  'Al menos 139 muertos y más de 180 heridos en el ataque.',
  'Unrelated: crocus bulbs should be planted 8 cm deep; 137 corms fill a bed. The temple of Isis is old.',
  'A rumour named Wilahyat Khorasan and ISIS-Korasan; Patrick from Korea visited Kosovo.',
];
