package io.theneo.emulator.cards;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.theneo.emulator.accounts.AccountClock;
import io.theneo.emulator.accounts.ServerSecrets;
import io.theneo.emulator.web.ApiException;
import io.theneo.emulator.web.Cursors;
import io.theneo.emulator.web.ErrorCode;
import io.theneo.emulator.web.Ids;
import io.theneo.emulator.web.Violations;

/** Creates, lists, retrieves and disables cards on file. */
@Service
class CardService {

	/** Square's ListCards returns at most 25 cards a page. */
	static final int PAGE_SIZE = 25;

	private static final String ID_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	private final CardRepository cards;

	private final CardCustomers customers;

	private final AccountClock clock;

	private final Cursors cursors;

	private final EntityManager em;

	private final JsonMapper json;

	private final ServerSecrets secrets;

	CardService(CardRepository cards, CardCustomers customers, AccountClock clock, Cursors cursors, EntityManager em,
			JsonMapper json, ServerSecrets secrets) {
		this.cards = cards;
		this.customers = customers;
		this.clock = clock;
		this.cursors = cursors;
		this.em = em;
		this.json = json;
		this.secrets = secrets;
	}

	@Transactional
	CardView create(long accountId, String merchantId, CreateCardRequest request) {
		CreateCardRequest.CardInput in = request.card();
		Violations v = new Violations();
		TestCards.Source source = null;
		try {
			source = TestCards.resolve(request.sourceId());
		}
		catch (ApiException ex) {
			v.addAll(ex);
		}
		Instant now = this.clock.now(accountId);
		int defaultYear = now.atZone(ZoneOffset.UTC).getYear() + 3;
		int expMonth = (in.expMonth() != null) ? in.expMonth() : 12;
		int expYear = (in.expYear() != null) ? in.expYear() : defaultYear;
		if (expMonth < 1 || expMonth > 12) {
			v.add(ErrorCode.INVALID_VALUE, "`exp_month` must be between 1 and 12.", "card.exp_month");
		}
		if (expYear < 2000 || expYear > 2099) {
			v.add(ErrorCode.INVALID_VALUE, "`exp_year` must be a four-digit year.", "card.exp_year");
		}
		if (in.billingAddress() != null && in.billingAddress().country() != null
				&& !COUNTRIES.contains(in.billingAddress().country())) {
			v.add(ErrorCode.INVALID_VALUE, "`" + in.billingAddress().country()
					+ "` is not an ISO 3166-1 alpha-2 country code.", "card.billing_address.country");
		}
		if (!this.customers.exists(accountId, in.customerId())) {
			v.addAll(ApiException.referenceNotFound("Customer", in.customerId(), "card.customer_id"));
		}
		v.throwIfAny();
		Card card = new Card(newId(), accountId, in.customerId(), source, fingerprint(source.number()), expMonth,
				expYear, in.cardholderName(), address(in.billingAddress()), in.referenceId(), now);
		this.cards.save(card);
		return view(card, merchantId);
	}

	@Transactional(readOnly = true)
	CardView get(long accountId, String merchantId, String cardId) {
		return view(find(accountId, cardId), merchantId);
	}

	@Transactional
	CardView disable(long accountId, String merchantId, String cardId) {
		Card card = find(accountId, cardId);
		card.disable();
		this.cards.flush();
		return view(card, merchantId);
	}

	/** One page of ListCards: oldest first (ASC, Square's default) or newest first, keyset on (created_at, id). */
	@Transactional(readOnly = true)
	Page list(long accountId, String merchantId, String customerId, boolean includeDisabled, String referenceId,
			String sortOrder, String cursor) {
		String order = (sortOrder == null) ? "ASC" : sortOrder;
		if (!order.equals("ASC") && !order.equals("DESC")) {
			throw new ApiException(ErrorCode.INVALID_ENUM_VALUE,
					"`" + sortOrder + "` is not a valid sort_order; use ASC or DESC.", "sort_order");
		}
		boolean asc = order.equals("ASC");
		String fingerprint = "cards|" + customerId + "|" + includeDisabled + "|" + referenceId + "|" + order;
		StringBuilder jpql = new StringBuilder("select c from Card c where c.accountId = :account");
		if (customerId != null) {
			jpql.append(" and c.customerId = :customer");
		}
		if (!includeDisabled) {
			jpql.append(" and c.enabled = true");
		}
		if (referenceId != null) {
			jpql.append(" and c.referenceId = :reference");
		}
		Instant afterCreated = null;
		String afterId = null;
		if (cursor != null) {
			List<String> last = this.cursors.decode(cursor, accountId, fingerprint);
			if (last.size() != 2) {
				throw ApiException.invalid("The cursor is not valid for this request.", "cursor");
			}
			afterCreated = Instant.parse(last.get(0));
			afterId = last.get(1);
			String cmp = asc ? ">" : "<";
			// the redundant seek bound lets the index start at the cursor (the OR alone only filters)
			jpql.append(" and c.createdAt ").append(cmp).append("= :created");
			jpql.append(" and (c.createdAt ").append(cmp).append(" :created or (c.createdAt = :created and c.id ")
				.append(cmp)
				.append(" :id))");
		}
		else {
			jpql.append(" and c.createdAt >= :earliest"); // filters nothing: see Cursors.EARLIEST
		}
		String dir = asc ? " asc" : " desc";
		jpql.append(" order by c.accountId").append(dir).append(", c.createdAt").append(dir)
			.append(", c.id").append(dir);
		TypedQuery<Card> query = this.em.createQuery(jpql.toString(), Card.class).setParameter("account", accountId);
		if (customerId != null) {
			query.setParameter("customer", customerId);
		}
		if (referenceId != null) {
			query.setParameter("reference", referenceId);
		}
		if (cursor != null) {
			query.setParameter("created", afterCreated).setParameter("id", afterId);
		}
		else {
			query.setParameter("earliest", Cursors.EARLIEST);
		}
		List<Card> rows = query.setMaxResults(PAGE_SIZE + 1).getResultList();
		String next = null;
		if (rows.size() > PAGE_SIZE) {
			rows = rows.subList(0, PAGE_SIZE);
			Card last = rows.get(PAGE_SIZE - 1);
			next = this.cursors.encode(accountId, fingerprint, List.of(last.getCreatedAt().toString(), last.getId()));
		}
		List<CardView> views = new ArrayList<>();
		rows.forEach((c) -> views.add(view(c, merchantId)));
		return new Page(views, next);
	}

	record Page(List<CardView> cards, String cursor) {
	}

	private Card find(long accountId, String cardId) {
		return this.cards.findByAccountIdAndId(accountId, cardId)
			.orElseThrow(() -> ApiException.notFound("Card", cardId));
	}

	/** {@code ccof:} and 19 base62 characters, the shape of the documented card ids. */
	static String newId() {
		return "ccof:" + Ids.random(ID_ALPHABET, 19);
	}

	/** The same number gives the same fingerprint in every account; the number cannot be recovered from it. */
	String fingerprint(String number) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.secrets.randomSecret("card-fingerprint").getBytes(StandardCharsets.UTF_8),
					"HmacSHA256"));
			byte[] digest = mac.doFinal(number.getBytes(StandardCharsets.US_ASCII));
			return "sq-1-" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 40);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	String address(CardAddress address) {
		return (address == null) ? null : this.json.writeValueAsString(address);
	}

	private CardView view(Card c, String merchantId) {
		CardAddress address = (c.getBillingAddress() == null) ? null
				: this.json.readValue(c.getBillingAddress(), CardAddress.class);
		return new CardView(c.getId(), c.getCardBrand(), c.getLast4(), c.getExpMonth(), c.getExpYear(),
				c.getCardholderName(), address, c.getFingerprint(), c.getCustomerId(), merchantId, c.getReferenceId(),
				c.isEnabled(), "CREDIT", "NOT_PREPAID", c.getVersion(), c.getCreatedAt());
	}

}
