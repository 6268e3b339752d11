// The application's entry point: Vaadin's own (generated as src/main/frontend/generated/index.ts
// when this file is missing), plus the wall's element. A wall's page carries its first picture
// (WallFirstFrame on the server), and desk-wall.js draws it as soon as this first script has been
// read, before Vaadin has started; every other page only defines the element.
import './desk-wall.js';

// Vaadin's client-side router handles both client-side and server-side navigation.
import { Router } from '@vaadin/router';

// Flow: navigation to Vaadin's server-side views.
import { Flow } from 'Frontend/generated/jar-resources/Flow.js';

const { serverSideRoutes } = new Flow({
  imports: () => import('Frontend/generated/flow/generated-flow-imports.js')
});

// Server-side views only: every route goes to Flow.
const routes = [...serverSideRoutes];

// The router needs an outlet in index.html to show the views.
const router = new Router(document.querySelector('#outlet'));
router.setRoutes(routes);
