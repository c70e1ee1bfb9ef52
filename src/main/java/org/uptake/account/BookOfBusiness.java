package org.uptake.account;

/** One CSM owner's accounts (churned ones left out), their ARR and the part of it at risk. */
public record BookOfBusiness(String owner, int accounts, double arr, double arrAtRisk) {
}
