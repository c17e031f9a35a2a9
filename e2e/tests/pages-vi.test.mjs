// Every page type in Vietnamese: see lib/pageChecks.mjs.
import { checkEveryPageType } from '../lib/pageChecks.mjs';

checkEveryPageType('vi');
