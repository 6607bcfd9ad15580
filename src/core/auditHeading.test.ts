import { auditOfHeading } from './auditHeading';
import { userWords } from './userWords';

describe('auditOfHeading', () => {
  test.each([
    ['Payroll 2023/24 - Reasonable assurance', 'Payroll 2023/24'],
    ['Audit: Fleet Management (Limited)', 'Fleet Management'],
    ['Fleet Management (Limited Assurance)', 'Fleet Management'],
    ['Cyber Security 2024/25 \u2013 Substantial Assurance', 'Cyber Security 2024/25'],
    ['Reasonable Assurance - Payroll', 'Payroll'],
    ['Procurement \u2013 Assurance: Limited \u2013 2023/24', 'Procurement \u2013 2023/24'],
    ['Audit title - Debtors | No assurance', 'Debtors'],
    ['  Treasury  Management  ', 'Treasury Management'],
  ])('names the audit of %j as %j, leaving the opinion out and the year in', (heading, audit) => {
    expect(auditOfHeading(heading)).toBe(audit);
  });

  test.each([
    ['Health & Safety (H&S) - Substantial', 'Health & Safety (H&S)'],
    ['Partial Payments', 'Partial Payments'],
    ['Limited Companies (2023/24)', 'Limited Companies (2023/24)'],
  ])('keeps the words of the name itself, even one that starts like an opinion: %j is %j', (heading, audit) => {
    expect(auditOfHeading(heading)).toBe(audit);
  });

  test('keeps a heading that is nothing but an opinion as it reads, rather than naming no audit', () => {
    expect(auditOfHeading('Limited assurance')).toBe('Limited assurance');
  });

  test('leaves out an opinion word the organisation taught it', () => {
    const words = userWords([{ table: 'plan', field: 'opinion', word: 'Sound', means: 'reasonable' }]);
    expect(auditOfHeading('Payroll - Sound', words)).toBe('Payroll');
  });
});
