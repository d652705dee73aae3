package io.theneo.emulator.web;

import java.security.SecureRandom;
import java.util.UUID;

/** Opaque, unguessable ids in the shapes of API.md §1. */
public final class Ids {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final String UPPER_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

	private static final String BASE62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

	private Ids() {
	}

	/** Customers: 26 upper-case alphanumerics. */
	public static String customerId() {
		return random(UPPER_ALNUM, 26);
	}

	/** Orders: 27 base62 characters. */
	public static String orderId() {
		return random(BASE62, 27);
	}

	/** Catalog objects: 24 upper-case alphanumerics. */
	public static String catalogId() {
		return random(UPPER_ALNUM, 24);
	}

	/** Locations: 13 upper-case alphanumerics. */
	public static String locationId() {
		return random(UPPER_ALNUM, 13);
	}

	/** Line item, modifier and applied-entry uids: 22 base62 characters. */
	public static String uid() {
		return random(BASE62, 22);
	}

	/** Subscriptions, actions and other UUID-shaped ids. */
	public static String uuid() {
		return UUID.randomUUID().toString();
	}

	public static String random(String alphabet, int length) {
		char[] chars = new char[length];
		for (int i = 0; i < length; i++) {
			chars[i] = alphabet.charAt(RANDOM.nextInt(alphabet.length()));
		}
		return new String(chars);
	}

}
