/** Database access that needs more than the entity manager's defaults (guarded limit updates). */
package com.microcredit.portfolio.infrastructure.jpa;
