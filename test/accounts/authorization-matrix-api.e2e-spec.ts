import { authorizationMatrix } from './authorization-matrix.js';

authorizationMatrix('API and public pages', (route) => !route.split(' ')[1].startsWith('/app'), true);
