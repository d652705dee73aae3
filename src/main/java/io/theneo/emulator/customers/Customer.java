package io.theneo.emulator.customers;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import org.springframework.data.domain.Persistable;

import io.theneo.emulator.customers.CustomerChanges.AddressField;
import io.theneo.emulator.customers.CustomerChanges.Attribute;

@Entity
@Table(name = "customer")
class Customer implements Persistable<String> {

	/** A profile needs one of these to be listed and sorted (Square's "public information"). */
	static final Set<Attribute> IDENTITY = EnumSet.of(Attribute.GIVEN_NAME, Attribute.FAMILY_NAME,
			Attribute.COMPANY_NAME, Attribute.EMAIL_ADDRESS, Attribute.PHONE_NUMBER);

	static final int SORT_KEY_LENGTH = 255;

	@Transient
	private boolean fresh;

	@Id
	private String id;

	@Column(name = "account_id", nullable = false)
	private long accountId;

	@Column(name = "given_name")
	private String givenName;

	@Column(name = "family_name")
	private String familyName;

	private String nickname;

	@Column(name = "company_name")
	private String companyName;

	@Column(name = "email_address")
	private String emailAddress;

	@Column(name = "phone_number")
	private String phoneNumber;

	@Column(name = "phone_e164")
	private String phoneE164;

	private String birthday;

	@Column(name = "reference_id")
	private String referenceId;

	private String note;

	@Column(name = "address_line_1")
	private String addressLine1;

	@Column(name = "address_line_2")
	private String addressLine2;

	@Column(name = "address_line_3")
	private String addressLine3;

	private String locality;

	private String sublocality;

	@Column(name = "sublocality_2")
	private String sublocality2;

	@Column(name = "sublocality_3")
	private String sublocality3;

	@Column(name = "administrative_district_level_1")
	private String administrativeDistrictLevel1;

	@Column(name = "administrative_district_level_2")
	private String administrativeDistrictLevel2;

	@Column(name = "administrative_district_level_3")
	private String administrativeDistrictLevel3;

	@Column(name = "postal_code")
	private String postalCode;

	private String country;

	@Column(name = "email_unsubscribed", nullable = false)
	private boolean emailUnsubscribed;

	@Column(name = "creation_source", nullable = false)
	private String creationSource;

	@Column(name = "sort_key", nullable = false)
	private String sortKey;

	@Version
	private Long version;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected Customer() {
	}

	private Customer(String id, long accountId, String creationSource, Instant now) {
		this.id = id;
		this.accountId = accountId;
		this.creationSource = creationSource;
		// left null: Hibernate takes a new entity by its null version and seeds it with 0 on insert
		this.createdAt = now;
		this.updatedAt = now;
		this.fresh = true;
	}

	/** A new profile at version 0 with the request's attributes. */
	static Customer create(String id, long accountId, String creationSource, CustomerChanges changes, Instant now) {
		Customer customer = new Customer(id, accountId, creationSource, now);
		customer.apply(changes, now);
		return customer;
	}

	/** Sets and removes what the request names; the version goes up by one when the change is flushed. */
	void apply(CustomerChanges changes, Instant now) {
		changes.attributes().forEach(this::set);
		if (changes.removesAddress()) {
			for (AddressField field : AddressField.values()) {
				set(field, null);
			}
		}
		changes.address().forEach(this::set);
		this.phoneE164 = (this.phoneNumber != null)
				? PhoneNumber.parse(this.phoneNumber).map(PhoneNumber::e164).orElse(null) : null;
		this.sortKey = sortKey(this.givenName, this.familyName, this.companyName, this.emailAddress, this.phoneNumber);
		if (this.fresh) {
			this.updatedAt = now;
		}
		else {
			touch(now);
		}
	}

	/**
	 * Membership changes count as a change of the profile: new updated_at, next version. Two changes within one
	 * millisecond still get distinct updated_at values, so the row is always dirty and every change adds one to the
	 * version (API.md §5).
	 */
	void touch(Instant now) {
		this.updatedAt = now.isAfter(this.updatedAt) ? now : this.updatedAt.plusMillis(1);
	}

	boolean hasIdentity() {
		return this.givenName != null || this.familyName != null || this.companyName != null
				|| this.emailAddress != null || this.phoneNumber != null;
	}

	/**
	 * Square's DEFAULT order: "given family" lower-cased; without a name the company, then the email, then the phone.
	 * Cut to the column's length, which keeps the index small; ties are broken by id.
	 */
	static String sortKey(String given, String family, String company, String email, String phone) {
		String name = ((given != null ? given : "") + " " + (family != null ? family : "")).strip();
		String key = !name.isEmpty() ? name
				: company != null ? company : email != null ? email : phone != null ? phone : "";
		key = key.toLowerCase(Locale.ROOT);
		if (key.length() > SORT_KEY_LENGTH) {
			int end = Character.isHighSurrogate(key.charAt(SORT_KEY_LENGTH - 1)) ? SORT_KEY_LENGTH - 1 : SORT_KEY_LENGTH;
			key = key.substring(0, end);
		}
		return key;
	}

	private void set(Attribute attribute, String value) {
		switch (attribute) {
			case GIVEN_NAME -> this.givenName = value;
			case FAMILY_NAME -> this.familyName = value;
			case NICKNAME -> this.nickname = value;
			case COMPANY_NAME -> this.companyName = value;
			case EMAIL_ADDRESS -> this.emailAddress = value;
			case PHONE_NUMBER -> this.phoneNumber = value;
			case BIRTHDAY -> this.birthday = value;
			case REFERENCE_ID -> this.referenceId = value;
			case NOTE -> this.note = value;
		}
	}

	private void set(AddressField field, String value) {
		switch (field) {
			case ADDRESS_LINE_1 -> this.addressLine1 = value;
			case ADDRESS_LINE_2 -> this.addressLine2 = value;
			case ADDRESS_LINE_3 -> this.addressLine3 = value;
			case LOCALITY -> this.locality = value;
			case SUBLOCALITY -> this.sublocality = value;
			case SUBLOCALITY_2 -> this.sublocality2 = value;
			case SUBLOCALITY_3 -> this.sublocality3 = value;
			case ADMINISTRATIVE_DISTRICT_LEVEL_1 -> this.administrativeDistrictLevel1 = value;
			case ADMINISTRATIVE_DISTRICT_LEVEL_2 -> this.administrativeDistrictLevel2 = value;
			case ADMINISTRATIVE_DISTRICT_LEVEL_3 -> this.administrativeDistrictLevel3 = value;
			case POSTAL_CODE -> this.postalCode = value;
			case COUNTRY -> this.country = value;
		}
	}

	/** The address as the wire shows it; null when no field is set. */
	Map<AddressField, String> address() {
		Map<AddressField, String> address = new java.util.EnumMap<>(AddressField.class);
		for (AddressField field : AddressField.values()) {
			String value = get(field);
			if (value != null) {
				address.put(field, value);
			}
		}
		return address;
	}

	private String get(AddressField field) {
		return switch (field) {
			case ADDRESS_LINE_1 -> this.addressLine1;
			case ADDRESS_LINE_2 -> this.addressLine2;
			case ADDRESS_LINE_3 -> this.addressLine3;
			case LOCALITY -> this.locality;
			case SUBLOCALITY -> this.sublocality;
			case SUBLOCALITY_2 -> this.sublocality2;
			case SUBLOCALITY_3 -> this.sublocality3;
			case ADMINISTRATIVE_DISTRICT_LEVEL_1 -> this.administrativeDistrictLevel1;
			case ADMINISTRATIVE_DISTRICT_LEVEL_2 -> this.administrativeDistrictLevel2;
			case ADMINISTRATIVE_DISTRICT_LEVEL_3 -> this.administrativeDistrictLevel3;
			case POSTAL_CODE -> this.postalCode;
			case COUNTRY -> this.country;
		};
	}

	@PostPersist
	@PostLoad
	void stored() {
		this.fresh = false;
	}

	/** Assigned ids: tells Spring Data to insert without a select first. */
	@Override
	public boolean isNew() {
		return this.fresh;
	}

	@Override
	public String getId() {
		return this.id;
	}

	long getAccountId() {
		return this.accountId;
	}

	String getGivenName() {
		return this.givenName;
	}

	String getFamilyName() {
		return this.familyName;
	}

	String getNickname() {
		return this.nickname;
	}

	String getCompanyName() {
		return this.companyName;
	}

	String getEmailAddress() {
		return this.emailAddress;
	}

	String getPhoneNumber() {
		return this.phoneNumber;
	}

	String getBirthday() {
		return this.birthday;
	}

	String getReferenceId() {
		return this.referenceId;
	}

	String getNote() {
		return this.note;
	}

	boolean isEmailUnsubscribed() {
		return this.emailUnsubscribed;
	}

	String getCreationSource() {
		return this.creationSource;
	}

	String getSortKey() {
		return this.sortKey;
	}

	long getVersion() {
		return this.version;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
