package dev.billingone.workstation.mapping;

public final class MappingService {
    public static final double DEFAULT_AUTO_ACCEPT_SCORE = 0.9;
}
