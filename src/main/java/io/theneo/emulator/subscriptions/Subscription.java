package io.theneo.emulator.subscriptions;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;

import org.springframework.data.domain.Persistable;

import io.theneo.emulator.pricing.Money;

/**
 * A subscription and where its billing stands: the next unbilled period ({@code next_period_start}, in phase
 * {@code phase_index} after {@code phase_periods_billed} periods of it), the anchor day of its dates, and the instant
 * the clock next has something to do ({@code next_billing_at}: local midnight of that date in the subscription's time
 * zone).
 */
@Entity
@Table(name = "subscription")
class Subscription implements Persistable<String> {

	@Transient
	private boolean fresh;

	@Id
	private String id;

	@Column(name = "account_id", nullable = false)
	private long accountId;

	@Column(name = "location_id", nullable = false)
	private String locationId;

	@Column(name = "plan_id", nullable = false)
	private String planId;

	@Column(name = "customer_id", nullable = false)
	private String customerId;

	@Column(name = "card_id")
	private String cardId;

	@Column(name = "start_date")
	private LocalDate startDate;

	@Column(name = "canceled_date")
	private LocalDate canceledDate;

	@Column(name = "charged_through_date")
	private LocalDate chargedThroughDate;

	@Column(name = "paid_until_date")
	private LocalDate paidUntilDate;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private SubscriptionStatus status;

	@Column(name = "tax_percentage")
	private String taxPercentage;

	@Column(name = "price_override_amount")
	private Long priceOverrideAmount;

	@Column(name = "price_override_currency")
	private String priceOverrideCurrency;

	@Column(nullable = false)
	private String timezone;

	@Column(name = "source_name")
	private String sourceName;

	@Column(name = "source_application")
	private String sourceApplication;

	@Column(nullable = false)
	private String phases;

	@Column(name = "phase_index", nullable = false)
	private int phaseIndex;

	@Column(name = "phase_periods_billed", nullable = false)
	private int phasePeriodsBilled;

	@Column(name = "next_period_start")
	private LocalDate nextPeriodStart;

	@Column(name = "anchor_day", nullable = false)
	private int anchorDay;

	@Column(name = "next_billing_at")
	private Instant nextBillingAt;

	@Column(nullable = false)
	private boolean frozen;

	@Version
	@Column(nullable = false)
	private long version;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@OneToMany(mappedBy = "subscription", cascade = CascadeType.ALL, orphanRemoval = true)
	@BatchSize(size = 100)
	private List<SubscriptionAction> actions = new ArrayList<>();

	@Transient
	private List<Phase> parsedPhases;

	protected Subscription() {
	}

	/** A new subscription, before it is started or billed; {@code start} is also where its periods are counted from. */
	Subscription(String id, long accountId, String locationId, String planId, String customerId, List<Phase> phases,
			LocalDate start, String timezone, Instant createdAt) {
		this.id = id;
		this.accountId = accountId;
		this.locationId = locationId;
		this.planId = planId;
		this.customerId = customerId;
		this.phases = PhasesJson.write(phases);
		this.parsedPhases = phases;
		this.startDate = start;
		this.timezone = timezone;
		this.status = SubscriptionStatus.PENDING;
		this.anchorDay = (start != null) ? start.getDayOfMonth() : 1;
		this.nextPeriodStart = start;
		this.version = 1;
		this.createdAt = createdAt;
		this.updatedAt = createdAt;
		this.fresh = true;
	}

	// --- time

	ZoneId zone() {
		return ZoneId.of(this.timezone);
	}

	LocalDate today(Instant now) {
		return LocalDate.ofInstant(now, zone());
	}

	/** Local midnight of {@code day} in the subscription's time zone (the first valid instant of that day). */
	Instant midnight(LocalDate day) {
		return day.atStartOfDay(zone()).toInstant();
	}

	// --- schedule

	List<Phase> phaseList() {
		if (this.parsedPhases == null) {
			this.parsedPhases = PhasesJson.read(this.phases);
		}
		return this.parsedPhases;
	}

	Schedule schedule() {
		return new Schedule(phaseList());
	}

	Schedule.Position position() {
		return new Schedule.Position(this.phaseIndex, this.phasePeriodsBilled, this.nextPeriodStart, this.anchorDay);
	}

	void moveTo(Schedule.Position p) {
		this.phaseIndex = p.phase();
		this.phasePeriodsBilled = p.billed();
		this.nextPeriodStart = p.start();
		this.anchorDay = p.anchor();
	}

	/** Billing restarts on {@code day}; with {@code newAnchor} the periods are counted from that day's date on. */
	void restartOn(LocalDate day, boolean newAnchor) {
		this.nextPeriodStart = day;
		if (newAnchor) {
			this.anchorDay = day.getDayOfMonth();
		}
	}

	/** The price of one period of {@code phase}: the override or the phase's price, plus the tax percentage. */
	Money priceOf(Phase phase) {
		Money base = (this.priceOverrideAmount != null) ? Money.of(this.priceOverrideAmount, this.priceOverrideCurrency)
				: phase.price();
		if (this.taxPercentage == null) {
			return base;
		}
		long tax = BigDecimal.valueOf(base.amount())
			.multiply(new BigDecimal(this.taxPercentage))
			.movePointLeft(2)
			.setScale(0, RoundingMode.HALF_EVEN)
			.longValueExact();
		return new Money(Math.addExact(base.amount(), tax), base.currency());
	}

	/** The next date something is due: the start, the next period, or a scheduled action; null when nothing is. */
	LocalDate nextDueDate() {
		if (this.frozen || this.status == SubscriptionStatus.CANCELED) {
			return null;
		}
		LocalDate due = switch (this.status) {
			case PENDING -> this.startDate;
			case ACTIVE -> this.nextPeriodStart;
			default -> null;
		};
		for (SubscriptionAction a : this.actions) {
			if (due == null || a.getEffectiveDate().isBefore(due)) {
				due = a.getEffectiveDate();
			}
		}
		return due;
	}

	void reschedule() {
		LocalDate due = nextDueDate();
		this.nextBillingAt = (due != null) ? midnight(due) : null;
	}

	// --- state changes

	/** Every committed change adds one to the version (API.md §5); updated_at always moves so the row is dirty. */
	void touch(Instant now) {
		this.updatedAt = now.isAfter(this.updatedAt) ? now : this.updatedAt.plusMillis(1);
	}

	void activate() {
		this.status = SubscriptionStatus.ACTIVE;
	}

	void pause() {
		this.status = SubscriptionStatus.PAUSED;
	}

	void deactivate() {
		this.status = SubscriptionStatus.DEACTIVATED;
		this.actions.removeIf((a) -> a.getType() == SubscriptionAction.Type.PAUSE);
	}

	void billed(Schedule.Position next, LocalDate end) {
		this.chargedThroughDate = end;
		this.paidUntilDate = end;
		moveTo(next);
	}

	/** Canceled on {@code day}: no more billing, no more scheduled actions. */
	void cancelOn(LocalDate day) {
		this.status = SubscriptionStatus.CANCELED;
		this.canceledDate = day;
		this.actions.clear();
	}

	/** A cancel at the end of the billing period: still ACTIVE until then. */
	SubscriptionAction scheduleCancel(String actionId, LocalDate day, Instant now) {
		this.canceledDate = day;
		return addAction(actionId, SubscriptionAction.Type.CANCEL, day, null, null, now);
	}

	SubscriptionAction addAction(String actionId, SubscriptionAction.Type type, LocalDate day,
			SubscriptionAction.Timing timing, String reason, Instant now) {
		SubscriptionAction action = new SubscriptionAction(actionId, this, type, day, timing, reason, now);
		this.actions.add(action);
		return action;
	}

	void removeAction(SubscriptionAction action) {
		this.actions.remove(action);
		if (action.getType() == SubscriptionAction.Type.CANCEL) {
			this.canceledDate = null;
		}
	}

	/** Clearing canceled_date takes back a scheduled cancel. */
	void unscheduleCancel() {
		this.canceledDate = null;
		this.actions.removeIf((a) -> a.getType() == SubscriptionAction.Type.CANCEL);
	}

	Optional<SubscriptionAction> pending(SubscriptionAction.Type type) {
		return this.actions.stream().filter((a) -> a.getType() == type).findFirst();
	}

	/** Scheduled actions in the order they take effect. */
	List<SubscriptionAction> actionsInOrder() {
		List<SubscriptionAction> sorted = new ArrayList<>(this.actions);
		sorted.sort(Comparator.comparing(SubscriptionAction::getEffectiveDate)
			.thenComparing((a) -> a.getType().precedence)
			.thenComparing(SubscriptionAction::getCreatedAt)
			.thenComparing(SubscriptionAction::getId));
		return sorted;
	}

	void setTaxPercentage(String taxPercentage) {
		this.taxPercentage = taxPercentage;
	}

	void setPriceOverride(Money price) {
		this.priceOverrideAmount = (price != null) ? price.amount() : null;
		this.priceOverrideCurrency = (price != null) ? price.currency().getCurrencyCode() : null;
	}

	void setCardId(String cardId) {
		this.cardId = cardId;
	}

	void setSource(String name, String application) {
		this.sourceName = name;
		this.sourceApplication = application;
	}

	void setSourceName(String name) {
		this.sourceName = name;
	}

	/** The demo data's documented snapshots: dates, version and state exactly as printed, never moved by the clock. */
	void freeze(SubscriptionStatus status, LocalDate canceled, LocalDate chargedThrough, LocalDate paidUntil,
			long version) {
		this.frozen = true;
		this.status = status;
		this.canceledDate = canceled;
		this.chargedThroughDate = chargedThrough;
		this.paidUntilDate = paidUntil;
		this.nextPeriodStart = (chargedThrough != null) ? chargedThrough : this.startDate;
		this.phasePeriodsBilled = (chargedThrough != null) ? 1 : 0;
		this.version = version;
		this.nextBillingAt = null;
	}

	// --- Persistable and reads

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

	String getLocationId() {
		return this.locationId;
	}

	String getPlanId() {
		return this.planId;
	}

	String getCustomerId() {
		return this.customerId;
	}

	String getCardId() {
		return this.cardId;
	}

	LocalDate getStartDate() {
		return this.startDate;
	}

	LocalDate getCanceledDate() {
		return this.canceledDate;
	}

	LocalDate getChargedThroughDate() {
		return this.chargedThroughDate;
	}

	LocalDate getPaidUntilDate() {
		return this.paidUntilDate;
	}

	SubscriptionStatus getStatus() {
		return this.status;
	}

	String getTaxPercentage() {
		return this.taxPercentage;
	}

	Money getPriceOverride() {
		return (this.priceOverrideAmount != null) ? Money.of(this.priceOverrideAmount, this.priceOverrideCurrency)
				: null;
	}

	String getTimezone() {
		return this.timezone;
	}

	String getSourceName() {
		return this.sourceName;
	}

	String getSourceApplication() {
		return this.sourceApplication;
	}

	LocalDate getNextPeriodStart() {
		return this.nextPeriodStart;
	}

	Instant getNextBillingAt() {
		return this.nextBillingAt;
	}

	boolean isFrozen() {
		return this.frozen;
	}

	long getVersion() {
		return this.version;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	List<SubscriptionAction> getActions() {
		return this.actions;
	}

}
