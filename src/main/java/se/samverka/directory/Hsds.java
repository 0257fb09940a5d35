package se.samverka.directory;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * The public directory in the terms of Open Referral's Human Services Data Specification 3.0 (HSDS): only the fields
 * the directory has, absent when it has nothing for them. How the registry maps to these is told in
 * {@link HsdsApi#MAPPING}.
 */
final class Hsds {

    static final String VERSION = "3.0";

    private Hsds() {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Organization(String id, String name, String description, String email, String website, String uri,
                        List<Phone> phones) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Service(String id, @JsonProperty("organization_id") String organizationId, String name,
                   @JsonProperty("alternate_name") String alternateName, String description, String url,
                   String email, String status, @JsonProperty("last_modified") String lastModified,
                   List<Phone> phones, List<Schedule> schedules,
                   @JsonProperty("service_at_locations") List<ServiceAtLocation> serviceAtLocations) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record ServiceAtLocation(String id, @JsonProperty("service_id") String serviceId,
                             @JsonProperty("location_id") String locationId, String description,
                             List<Schedule> schedules) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Location(String id, @JsonProperty("location_type") String locationType, String url,
                    @JsonProperty("organization_id") String organizationId, String name, String description,
                    String transportation, Double latitude, Double longitude, List<Language> languages,
                    List<Address> addresses, List<Accessibility> accessibility, List<Phone> phones,
                    List<Schedule> schedules) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Address(String id, @JsonProperty("location_id") String locationId,
                   @JsonProperty("address_1") String address1, String city, String region,
                   @JsonProperty("state_province") String stateProvince,
                   @JsonProperty("postal_code") String postalCode, String country,
                   @JsonProperty("address_type") String addressType) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Phone(String id, @JsonProperty("location_id") String locationId,
                 @JsonProperty("organization_id") String organizationId, String number, String type) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Language(String id, @JsonProperty("location_id") String locationId, String name, String code) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Accessibility(String id, @JsonProperty("location_id") String locationId, String description) {
    }

    /**
     * Weekly hours (freq, byday, opens_at, closes_at) or, for a closure, only the days it lasts (valid_from,
     * valid_to) and what it is.
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Schedule(String id, @JsonProperty("service_id") String serviceId,
                    @JsonProperty("location_id") String locationId,
                    @JsonProperty("service_at_location_id") String serviceAtLocationId,
                    @JsonProperty("valid_from") String validFrom, @JsonProperty("valid_to") String validTo,
                    Integer timezone, String wkst, String freq, String byday,
                    @JsonProperty("opens_at") String opensAt, @JsonProperty("closes_at") String closesAt,
                    String description, String notes, @JsonProperty("attending_type") String attendingType) {
    }

    /** A page of a list, as HSDS 3.0's API answers it. */
    record Page<T>(@JsonProperty("total_items") long totalItems, @JsonProperty("total_pages") long totalPages,
                   @JsonProperty("page_number") long pageNumber, long size,
                   @JsonProperty("first_page") boolean firstPage, @JsonProperty("last_page") boolean lastPage,
                   boolean empty, List<T> contents) {

        static <T> Page<T> of(List<T> all, int page, int perPage) {
            long totalPages = Math.max(1, (all.size() + (long) perPage - 1) / perPage);
            long from = Math.min(all.size(), (long) (page - 1) * perPage);
            List<T> contents = all.subList((int) from, (int) Math.min(all.size(), from + perPage));
            return new Page<>(all.size(), totalPages, page, contents.size(), page == 1, page >= totalPages,
                    contents.isEmpty(), contents);
        }
    }
}
