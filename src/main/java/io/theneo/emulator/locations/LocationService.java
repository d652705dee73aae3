package io.theneo.emulator.locations;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.theneo.emulator.web.ApiException;

/** Reads locations; other features ask it whether a location is the account's, and for its currency and time zone. */
@Service
public class LocationService {

	private final LocationRepository locations;

	LocationService(LocationRepository locations) {
		this.locations = locations;
	}

	/** What other features need of a location. */
	public record LocationInfo(String id, String currency, String timezone) {
	}

	@Transactional(readOnly = true)
	public Optional<LocationInfo> find(long accountId, String locationId) {
		if (locationId == null) {
			return Optional.empty();
		}
		return this.locations.findByAccountIdAndId(accountId, locationId)
			.map((l) -> new LocationInfo(l.getId(), l.getCurrency(), l.getTimezone()));
	}

	@Transactional(readOnly = true)
	List<LocationView> list(long accountId, String merchantId) {
		return this.locations.findByAccountIdOrderByCreatedAtAscIdAsc(accountId)
			.stream()
			.map((l) -> LocationView.from(l, merchantId))
			.toList();
	}

	@Transactional(readOnly = true)
	LocationView get(long accountId, String merchantId, String id) {
		return this.locations.findByAccountIdAndId(accountId, id)
			.map((l) -> LocationView.from(l, merchantId))
			.orElseThrow(() -> ApiException.notFound("Location", id));
	}

}
