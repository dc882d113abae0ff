import type { Catalog } from '../catalog';
import { zhCN as core } from './core';
import { functions } from './functions';
import { pane } from './pane';

export const zhCN: Catalog = { core, pane, functions };
