package org.tiaojie.casework.account;

/** A freshly drawn secret for an authenticator app, and its QR code as a PNG. */
public record SecondFactorSetup(String secret, byte[] qrPng) {
}
