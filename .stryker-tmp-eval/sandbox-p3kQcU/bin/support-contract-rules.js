#!/usr/bin/env node
// @ts-nocheck
// The executable: the CLI module of the built library (dist/cli.js shares its modules with the library).
import '../dist/cli.js';
