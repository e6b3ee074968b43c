/** MicroProfile Health readiness checks for the database and the messaging engine. */
package com.microcredit.web.health;
