package io.theneo.emulator.locations;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.springframework.data.domain.Persistable;

@Entity
@Table(name = "location")
class Location implements Persistable<String> {

	@Transient
	private boolean fresh;

	@Id
	private String id;

	@Column(name = "account_id", nullable = false)
	private long accountId;

	@Column(nullable = false)
	private String name;

	@Column(name = "business_name", nullable = false)
	private String businessName;

	@Column(nullable = false)
	private String currency;

	@Column(nullable = false)
	private String country;

	@Column(nullable = false)
	private String timezone;

	@Column(name = "address_line_1")
	private String addressLine1;

	private String locality;

	@Column(name = "administrative_district_level_1")
	private String administrativeDistrictLevel1;

	@Column(name = "postal_code")
	private String postalCode;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected Location() {
	}

	Location(String id, long accountId, String name, String timezone, String addressLine1, String locality,
			String district, String postalCode, Instant createdAt) {
		this.id = id;
		this.accountId = accountId;
		this.name = name;
		this.businessName = "Theneo Demo";
		this.currency = "USD";
		this.country = "US";
		this.timezone = timezone;
		this.addressLine1 = addressLine1;
		this.locality = locality;
		this.administrativeDistrictLevel1 = district;
		this.postalCode = postalCode;
		this.createdAt = createdAt;
		this.fresh = true;
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

	String getName() {
		return this.name;
	}

	String getBusinessName() {
		return this.businessName;
	}

	String getCurrency() {
		return this.currency;
	}

	String getCountry() {
		return this.country;
	}

	String getTimezone() {
		return this.timezone;
	}

	String getAddressLine1() {
		return this.addressLine1;
	}

	String getLocality() {
		return this.locality;
	}

	String getAdministrativeDistrictLevel1() {
		return this.administrativeDistrictLevel1;
	}

	String getPostalCode() {
		return this.postalCode;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

}
