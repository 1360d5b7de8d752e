/**
 * Service appointments: the services each store offers ({@code service_types}: duration and how
 * many at once, set by the retailer admin) and the appointments booked, rescheduled and cancelled
 * at the till ({@code appointments}), never more at once than the service's capacity, however many
 * associates book the last place together.
 */
package io.vitrine.tenant.appointments;
