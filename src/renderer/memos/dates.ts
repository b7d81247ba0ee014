// Swedish month and day names for the date pickers of the memo screens.
import dayjs from 'dayjs';
import 'dayjs/locale/sv';
import '@mantine/dates/styles.css';

export const DATE_LOCALE = 'sv';
void dayjs;
