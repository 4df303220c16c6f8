import request from 'supertest';
import { expect } from 'vitest';
import { TEST_PASSWORD, type TestApp } from './test-app.js';

export type PortalAgent = ReturnType<typeof request.agent>;

/** The CSRF token of the first form of a page. */
export function csrfOf(page: string): string {
  const token = /name="_csrf" value="([^"]+)"/.exec(page)?.[1];
  expect(token, 'the page has a form with its CSRF token').toBeDefined();
  return token as string;
}

/** A browser-like client of the member pages (it keeps its cookies), signed in as `email`. */
export async function signedInAgent(t: TestApp, email: string, password = TEST_PASSWORD): Promise<PortalAgent> {
  const agent = request.agent(t.app.getHttpServer());
  const form = await agent.get('/app/sign-in').expect(200);
  const response = await agent
    .post('/app/sign-in')
    .type('form')
    .send({ _csrf: csrfOf(form.text), email, password, next: '/app' });
  expect(response.status, `portal sign-in of ${email}`).toBe(303);
  return agent;
}

/** Posts a form the way a browser does: the page's token first, then the fields. */
export async function submit(agent: PortalAgent, path: string, fields: Record<string, string | string[]>, formPage = path) {
  const page = await agent.get(formPage).expect(200);
  return agent
    .post(path)
    .type('form')
    .send({ _csrf: csrfOf(page.text), ...fields });
}
