import axe from 'axe-core';

/** Runs axe-core over a rendered element and returns the rule ids it violates. */
export async function accessibilityViolations(element: Element): Promise<string[]> {
  const results = await axe.run(element, {
    // Layout-dependent checks need a real renderer; the end-to-end tests cover the page itself.
    rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
  });
  return results.violations.map((violation) => `${violation.id}: ${violation.help}`);
}
