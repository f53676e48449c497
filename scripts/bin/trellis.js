#!/usr/bin/env node
// The `trellis` command: runs the TypeScript CLI through tsx's loader (no separate build step).
import { register } from 'tsx/esm/api';

register();
const { runFromProcess } = await import('../trellis.ts');
runFromProcess();
