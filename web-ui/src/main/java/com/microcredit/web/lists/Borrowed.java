package com.microcredit.web.lists;

import java.io.Serializable;

/**
 * A row of a list with the name of its borrower, read for the whole page in one query (the services
 * return borrower numbers; staff know names).
 */
public record Borrowed<T>(T row, String borrowerName) implements Serializable {}
