// Every page type in English: see lib/pageChecks.mjs.
import { checkEveryPageType } from '../lib/pageChecks.mjs';

checkEveryPageType('en');
