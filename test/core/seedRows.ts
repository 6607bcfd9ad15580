/**
 * The seed paper's section-4 tables as the readers should deliver them (plan on "Plan" from row 2, actions on
 * "Actions" from row 2, both under a header on row 1), hand-built so the summary can be tested before, and apart
 * from, the readers.
 */
import type { PlannedStart } from '../../src/core/types';
import { actionRow, planRow } from './rows';

const complete: PlannedStart = { kind: 'complete' };
const inProgress: PlannedStart = { kind: 'in-progress' };
const on = (date: string): PlannedStart => ({ kind: 'date', date });

const PLAN: [string, PlannedStart, string, string][] = [
  ['Budget Setting and Control', complete, 'Complete', 'Finalised- Substantial assurance'],
  ['Covert Accounts', complete, 'Complete', 'Finalised- Reasonable assurance'],
  ['Contract Management (Joint)', inProgress, 'In progress', 'Draft report issued'],
  ['Estates Health and Safety', inProgress, 'In progress', 'Draft report issued'],
  ['Follow Up', inProgress, 'In progress', 'Scope and timing agreed'],
  ['Firearms Licensing', inProgress, 'In progress', 'Scope and timing agreed'],
  ['Information Asset Ownership', on('2024-11-11'), '11/11/24', 'Scope and timing agreed'],
  ['Firearms (Special Property)', on('2024-12-06'), '06/12/24', 'Scope and timing agreed'],
  ['Capital Accounting and Fixed Assets', on('2024-12-11'), '11/12/24', 'Scope and timing agreed'],
  [
    'PFI/ Reporting to Home Office',
    { kind: 'quarter', quarters: [2, 3], text: 'Q2/3 TBC', financialYear: 2024 },
    'Q2/3 TBC',
    'Commissioned outside IA plan - planning',
  ],
  ['Commissioning', on('2025-01-06'), '06/01/25', 'Scope and timing agreed'],
  ['Death Policy (Joint)', on('2025-01-20'), '20/01/25', 'Scope and timing agreed'],
  ['Project Benefits Tracking', inProgress, 'In progress', 'Draft report issued'],
  ['Insurance', on('2025-02-12'), '12/02/25', 'Scope and timing agreed'],
  ['Proceeds of Crime Act (POCA)', on('2025-02-13'), '13/02/25', 'Scope and timing agreed'],
  ['Technology Optimisation (Joint)', { kind: 'quarter', quarters: [4], text: 'Q4 TBC', financialYear: 2024 }, 'Q4 TBC', 'Scope and timing agreed'],
];

export const seedPlanRows = () =>
  PLAN.map(([audit, plannedStart, plannedStartText, status], index) => planRow({ row: index + 1, audit, plannedStart, plannedStartText, status }));

const ACTIONS: [string, string, string, string, string][] = [
  ['Firearms and Tasers', '1', 'Medium', '2024-10-30', '2024-08-14'],
  ['Procurement under £60K', '1', 'Low', '2024-07-30', '2024-08-20'],
  ['Procurement under £60K', '3', 'Low', '2024-07-30', '2024-08-20'],
  ['Procurement under £60K', '6', 'Medium', '2024-07-30', '2024-08-20'],
  ['Grants and Commissioning', '5 & 6', 'Low', '2024-06-30', '2024-08-27'],
  ['Counter Fraud Framework Review', '1', 'Low', '2023-12-30', '2024-08-27'],
  ['Procurement under £60K', '4', 'Medium', '2024-08-31', '2024-08-27'],
];

export const seedActionRows = () =>
  ACTIONS.map(([audit, recommendation, risk, deadline, signoff], index) =>
    actionRow({ row: index + 1, audit, recommendation, risk, deadline, signoff }),
  );
