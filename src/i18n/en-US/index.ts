import type { Catalog } from '../catalog';
import { enUS as core } from './core';
import { functions } from './functions';
import { pane } from './pane';

export const enUS: Catalog = { core, pane, functions };
