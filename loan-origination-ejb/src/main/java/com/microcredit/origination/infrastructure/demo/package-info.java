/** Loads the demonstration book on the embedded database (switched by mcrc.demo-data.enabled). */
package com.microcredit.origination.infrastructure.demo;
