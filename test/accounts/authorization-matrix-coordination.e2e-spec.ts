import { authorizationMatrix } from './authorization-matrix.js';

authorizationMatrix('coordinators’ member pages', (route) => route.split(' ')[1].startsWith('/app/coordinator'));
