/**
 * "Due soon": an open action, not overdue, whose deadline in force falls within the next DUE_SOON_DAYS days. The
 * number is written here only; the classified field (ClassifiedAction.dueSoon), the column header, the narrative,
 * the pane and the amber conditional format's formula all take it from here, so changing it changes them together.
 */

/** How far ahead "due soon" looks: the committee meets roughly quarterly and asks what falls due before then. */
export const DUE_SOON_DAYS = 30;

/** The words after a count or beside a figure: "due within 30 days". */
export const DUE_SOON_WORDS = `due within ${DUE_SOON_DAYS} days`;

/** The open-actions table's column header: "Due within 30 days". */
export const DUE_SOON_HEADER = `Due within ${DUE_SOON_DAYS} days`;

/** The end of the narrative's sentence: "... fall due within the next 30 days." */
export const DUE_SOON_NEXT = `due within the next ${DUE_SOON_DAYS} days`;
