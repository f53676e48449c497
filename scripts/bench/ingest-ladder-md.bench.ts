// Bench: the 1,000-role × 200-competency prose ladder as a Markdown pipe table (see ladder-bench.ts).
import { benchLadder } from './ladder-bench';

await benchLadder('markdown');
