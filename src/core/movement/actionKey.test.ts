import { actionKey, auditKey, hashedActionKey, LONGEST_KEPT_REFERENCE, referenceKey, textHash } from './actionKey';

describe('actionKey', () => {
  it('matches an action whatever its case, spacing and non-breaking spaces', () => {
    expect(actionKey('Procurement under \u00a360K ', '3 ')).toBe(actionKey('procurement  under\u00a0£60k', '3'));
    expect(actionKey('Grants and Commissioning', '5 & 6')).toBe(actionKey('Grants and Commissioning', '5&6'));
  });

  it('tells apart actions whose audit or reference differ, and an audit name that runs into its reference', () => {
    expect(actionKey('Payroll', '3')).not.toBe(actionKey('Payroll', '3a'));
    expect(actionKey('Payroll', '1')).not.toBe(actionKey('Payroll 1', ''));
  });

  it('keys a reference longer than it keeps by a hash of its text, which a recorded paper can keep instead', () => {
    const paragraph = 'Management should ensure that all purchase orders are raised before goods are received. '.repeat(2);
    expect(paragraph.replace(/\s/g, '').length).toBeGreaterThan(LONGEST_KEPT_REFERENCE);
    expect(referenceKey(paragraph)).toBe(`#${textHash(paragraph.replace(/\s+/g, '').toLowerCase())}`);
    expect(actionKey('Payroll', paragraph)).toBe(hashedActionKey('Payroll', textHash(paragraph.replace(/\s+/g, '').toLowerCase())));
    expect(actionKey('Payroll', paragraph)).toBe(actionKey('payroll', paragraph.toUpperCase()));
    expect(actionKey('Payroll', paragraph)).not.toBe(actionKey('Payroll', `${paragraph}.`));
  });

  it('keys an audit by its name alone', () => {
    expect(auditKey('Covert  Accounts')).toBe(auditKey('covert accounts'));
  });
});

describe('textHash', () => {
  it('is the same for the same text and differs for texts one character apart', () => {
    expect(textHash('abc')).toBe(textHash('abc'));
    const hashes = new Set(Array.from({ length: 2000 }, (_, i) => textHash(`recommendation ${i}`)));
    expect(hashes.size).toBe(2000);
  });
});
