#!/usr/bin/env -S node --expose-gc
import { main } from '../dist/src/cli/main.js';

await main(process.argv);
