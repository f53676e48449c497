// The occurrence day of an event id: the core's rule, shared with the extension (shared/prompts/question-day).
export { occurrenceDayOf } from '../../../shared/prompts/question-day';
