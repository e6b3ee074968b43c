package com.microcredit.origination.api;

import java.util.Set;

public record GroupView(long id, String name, long accountManagerId, int maxSize, String status,
                        Set<Long> memberBorrowerIds) {
}
