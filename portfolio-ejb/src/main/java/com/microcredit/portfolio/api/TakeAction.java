package com.microcredit.portfolio.api;

import java.time.LocalDate;

/** Take an action on a signal, with a note and an optional due date (e.g. the inspection visit). */
public record TakeAction(long signalId, WarningAction action, String note, LocalDate dueOn) {}
