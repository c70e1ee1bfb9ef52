package org.uptake.sample;

import java.time.LocalDate;

/**
 * A customer account of the scenario; its tier is the segment of its people. The outcomes (a churn,
 * or an ARR change to {@code arrAfter}) are null for an account nothing happened to.
 */
record SampleAccount(String id, String name, String tier, long arr, String csmOwner, String domain, LocalDate churnedAt,
        LocalDate arrChangeAt, Long arrAfter) {

    SampleAccount(String id, String name, String tier, long arr, String csmOwner, String domain) {
        this(id, name, tier, arr, csmOwner, domain, null, null, null);
    }
}
