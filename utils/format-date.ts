const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * Formats a KB date ("2024", "2024-03", "2024-03-25", "2024-03-23T13:23+03:00")
 * for reading, keeping exactly the precision the source gave.
 */
export function formatKbDate(value: string): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}:\d{2}))?)?)?/.exec(value);
  if (!match) return value;
  const [, year, month, day, time] = match;
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (!monthName) return year!;
  if (!day) return `${monthName} ${year}`;
  const date = `${Number(day)} ${monthName} ${year}`;
  return time ? `${date}, ${time}` : date;
}
