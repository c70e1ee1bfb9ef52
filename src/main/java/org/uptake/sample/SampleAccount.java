package org.uptake.sample;

/** A customer account of the scenario; its tier is the segment of its people. */
record SampleAccount(String id, String name, String tier, long arr, String csmOwner, String domain) {
}
