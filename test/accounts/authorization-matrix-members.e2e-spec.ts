import { authorizationMatrix } from './authorization-matrix.js';

const path = (route: string) => route.split(' ')[1];
authorizationMatrix('producers’, hosts’ and everyone’s member pages', (route) => path(route).startsWith('/app') && !path(route).startsWith('/app/coordinator'));
