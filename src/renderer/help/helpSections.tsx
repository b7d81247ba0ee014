// The sections of the Hjälp page, in order. The guides come from src/core/help; other parts of the
// app add a section of their own (a card with the log file, say) by adding an entry here:
//
//   HELP_SECTIONS.push({ id: 'logg', title: 'Logg och felrapport', render: () => <LogCard /> });
//
// before the page is first shown (at module load of the file that owns the card), or by listing it
// below. Each section gets an <h2> with its title and an anchor with its id.
import type { ReactNode } from 'react';
import { PROBLEM_REPORT_HELP_SECTION } from '../database/ProblemReportCard.tsx';

export interface HelpSection {
  /** The anchor of the section (#hjalp-<id>), unique. */
  id: string;
  title: string;
  render: () => ReactNode;
}

/** Sections shown after the guides and the shortcuts. */
export const HELP_SECTIONS: HelpSection[] = [PROBLEM_REPORT_HELP_SECTION];
