package io.theneo.emulator.customers;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.springframework.data.domain.Persistable;

/** A customer's membership in a group; the pair is the key, so adding twice changes nothing. */
@Entity
@Table(name = "customer_group_member")
class GroupMembership implements Persistable<GroupMembership.Key> {

	@Transient
	private boolean fresh;

	@EmbeddedId
	private Key id;

	@Column(name = "account_id", nullable = false)
	private long accountId;

	protected GroupMembership() {
	}

	GroupMembership(long accountId, String customerId, String groupId) {
		this.id = new Key(customerId, groupId);
		this.accountId = accountId;
		this.fresh = true;
	}

	@PostPersist
	@PostLoad
	void stored() {
		this.fresh = false;
	}

	@Override
	public boolean isNew() {
		return this.fresh;
	}

	@Override
	public Key getId() {
		return this.id;
	}

	@Embeddable
	static class Key implements Serializable {

		@Column(name = "customer_id", nullable = false)
		private String customerId;

		@Column(name = "group_id", nullable = false)
		private String groupId;

		protected Key() {
		}

		Key(String customerId, String groupId) {
			this.customerId = customerId;
			this.groupId = groupId;
		}

		@Override
		public boolean equals(Object o) {
			return o instanceof Key k && Objects.equals(this.customerId, k.customerId)
					&& Objects.equals(this.groupId, k.groupId);
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.customerId, this.groupId);
		}

	}

}
