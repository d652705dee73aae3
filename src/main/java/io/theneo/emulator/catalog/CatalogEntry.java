package io.theneo.emulator.catalog;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import org.springframework.data.domain.Persistable;

/**
 * One stored catalog object. The wire {@code version} is {@link #objectVersion}: Square's versions look like epoch
 * millis, so it is the account clock's millis, raised by at least one on every change. {@link #lockVersion} is the JPA
 * version behind it that turns a lost race into a 409.
 */
@Entity
@Table(name = "catalog_object")
class CatalogEntry implements Persistable<String> {

	@Transient
	private boolean fresh;

	@Id
	private String id;

	@Column(name = "account_id", nullable = false)
	private long accountId;

	@Enumerated(EnumType.STRING)
	@Column(name = "object_type", nullable = false)
	private CatalogObjectType type;

	/** The item of a variation, the modifier list of a modifier. */
	@Column(name = "parent_id")
	private String parentId;

	/** Position within the parent. */
	@Column(nullable = false)
	private int ordinal;

	private String name;

	private String description;

	@Column(name = "object_version", nullable = false)
	private long objectVersion;

	@Version
	@Column(name = "lock_version", nullable = false)
	private long lockVersion;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "is_deleted", nullable = false)
	private boolean deleted;

	@Column(name = "data_json", nullable = false)
	private String dataJson;

	protected CatalogEntry() {
	}

	CatalogEntry(String id, long accountId, CatalogObjectType type, String parentId, int ordinal, String name,
			String description, String dataJson, long version, Instant now) {
		this.id = id;
		this.accountId = accountId;
		this.type = type;
		this.parentId = parentId;
		this.ordinal = ordinal;
		this.name = name;
		this.description = description;
		this.dataJson = dataJson;
		this.objectVersion = version;
		this.updatedAt = now;
		this.fresh = true;
	}

	/** The version of the next change at {@code now}: the clock's millis, but always above the current one. */
	long nextVersion(Instant now) {
		return Math.max(now.toEpochMilli(), this.objectVersion + 1);
	}

	/** Replaces the object's content (an upsert replaces, it does not merge). */
	void replace(String parentId, int ordinal, String name, String description, String dataJson, Instant now) {
		this.parentId = parentId;
		this.ordinal = ordinal;
		this.name = name;
		this.description = description;
		this.dataJson = dataJson;
		this.objectVersion = nextVersion(now);
		this.updatedAt = now;
	}

	void delete(Instant now) {
		this.deleted = true;
		this.objectVersion = nextVersion(now);
		this.updatedAt = now;
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

	CatalogObjectType getType() {
		return this.type;
	}

	String getParentId() {
		return this.parentId;
	}

	int getOrdinal() {
		return this.ordinal;
	}

	String getName() {
		return this.name;
	}

	long getObjectVersion() {
		return this.objectVersion;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

	boolean isDeleted() {
		return this.deleted;
	}

	String getDataJson() {
		return this.dataJson;
	}

}
