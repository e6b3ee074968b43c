/**
 * End-to-end tests: Arquillian on managed Liberty, the real EAR, the real database and messaging
 * engine.
 */
package com.microcredit.it;
