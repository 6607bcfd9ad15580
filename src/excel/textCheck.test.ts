import { splitAreas } from './textCheck';

describe('splitAreas', () => {
  it('splits Excel’s list of areas at commas, but not at a comma inside a quoted sheet name', () => {
    expect(splitAreas("'JAC Summary'!A5,'JAC Summary'!C7:C8")).toEqual(["'JAC Summary'!A5", "'JAC Summary'!C7:C8"]);
    expect(splitAreas("'Plan, 2024'!A1,'Plan, 2024'!B2")).toEqual(["'Plan, 2024'!A1", "'Plan, 2024'!B2"]);
    expect(splitAreas("'O''Neil, J'!A1")).toEqual(["'O''Neil, J'!A1"]);
  });
});
