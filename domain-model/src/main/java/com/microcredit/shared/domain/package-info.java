/** Value objects shared by every bounded context: money and identity numbers. No entities here. */
package com.microcredit.shared.domain;
