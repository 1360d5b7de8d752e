package io.vitrine.tenant.appointments;

import static io.vitrine.tenant.common.problem.ProblemType.APPOINTMENT_NOT_FOUND;
import static io.vitrine.tenant.common.problem.ProblemType.APPOINTMENT_SLOT_FULL;
import static io.vitrine.tenant.common.problem.ProblemType.SERVICE_TYPE_NOT_FOUND;
import static io.vitrine.tenant.common.problem.ProblemType.STORE_NOT_FOUND;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vitrine.tenant.audit.AuditRow;
import io.vitrine.tenant.audit.AuditRows;
import io.vitrine.tenant.common.db.Database;
import io.vitrine.tenant.common.problem.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Books, reschedules and cancels appointments within each service's capacity, and keeps the
 * services stores offer. A booking or a move locks the service's row first, counts the most
 * appointments at once over its time and writes in the same transaction with its audit row: of
 * concurrent bookings of the last place, one wins and the others get a slot-full problem.
 */
@ApplicationScoped
public class AppointmentService {

  private final Database database;
  private final AppointmentRepository appointments;

  public AppointmentService(Database database, AppointmentRepository appointments) {
    this.database = database;
    this.appointments = appointments;
  }

  public Uni<ServiceType> putServiceType(ServiceType type, String actor) {
    return database.inTransaction(
        connection ->
            requireStore(connection, type.storeId())
                .flatMap(ok -> appointments.putServiceType(connection, type))
                .flatMap(
                    done ->
                        audit(
                            connection,
                            actor,
                            "service-type.put",
                            "store",
                            Long.toString(type.storeId()),
                            Map.of(
                                "code", type.code(),
                                "durationMinutes", type.durationMinutes(),
                                "capacity", type.capacity())))
                .replaceWith(type));
  }

  public Uni<List<ServiceType>> serviceTypes(long storeId) {
    return appointments.serviceTypes(database.client(), storeId);
  }

  public Uni<Appointment> book(AppointmentRequests.Book request, String actor) {
    return database
        .inTransaction(
            connection ->
                appointments
                    .customerId(connection, request.customerPseudonym())
                    .flatMap(
                        customer -> {
                          if (request.customerPseudonym() != null && customer.isEmpty()) {
                            throw Problem.invalid("customerPseudonym", "is no known customer");
                          }
                          return appointments
                              .assetExists(connection, request.assetId())
                              .flatMap(
                                  assetKnown -> {
                                    if (!assetKnown) {
                                      throw Problem.invalid("assetId", "is no known asset");
                                    }
                                    return lockWithRoom(
                                            connection,
                                            request.storeId(),
                                            request.serviceType(),
                                            request.startsAt(),
                                            null)
                                        .flatMap(
                                            type ->
                                                appointments.insert(
                                                    connection,
                                                    type,
                                                    request.startsAt(),
                                                    request.assetId(),
                                                    customer.orElse(null),
                                                    request.sourceTransactionId(),
                                                    actor));
                                  });
                        })
                    .call(
                        id ->
                            audit(
                                connection,
                                actor,
                                "appointment.booked",
                                "appointment",
                                Long.toString(id),
                                Map.of(
                                    "sourceTransaction", request.sourceTransactionId(),
                                    "serviceType", request.serviceType(),
                                    "startsAt", request.startsAt().toString()))))
        .flatMap(this::get);
  }

  public Uni<Appointment> reschedule(
      long id, AppointmentRequests.Reschedule request, String actor) {
    return database
        .inTransaction(
            connection ->
                booked(connection, id)
                    .flatMap(
                        current ->
                            lockWithRoom(
                                    connection,
                                    current.storeId(),
                                    current.serviceType(),
                                    request.startsAt(),
                                    id)
                                .flatMap(
                                    type ->
                                        appointments.move(connection, id, type, request.startsAt()))
                                .flatMap(
                                    done ->
                                        audit(
                                            connection,
                                            actor,
                                            "appointment.rescheduled",
                                            "appointment",
                                            Long.toString(id),
                                            Map.of(
                                                "sourceTransaction", request.sourceTransactionId(),
                                                "from", current.startsAt().toString(),
                                                "to", request.startsAt().toString())))))
        .flatMap(done -> get(id));
  }

  public Uni<Appointment> cancel(long id, AppointmentRequests.Cancel request, String actor) {
    return database
        .inTransaction(
            connection ->
                appointments
                    .cancel(connection, id)
                    .flatMap(
                        cancelled -> {
                          if (!cancelled) {
                            throw Problem.of(APPOINTMENT_NOT_FOUND, id);
                          }
                          return audit(
                              connection,
                              actor,
                              "appointment.cancelled",
                              "appointment",
                              Long.toString(id),
                              Map.of("sourceTransaction", request.sourceTransactionId()));
                        }))
        .flatMap(done -> get(id));
  }

  public Uni<Appointment> get(long id) {
    return appointments
        .find(database.client(), id)
        .map(found -> found.orElseThrow(() -> Problem.of(APPOINTMENT_NOT_FOUND, id)));
  }

  public Uni<List<Appointment>> booked(long storeId, Instant from, Instant to) {
    return appointments.booked(database.client(), storeId, from, to);
  }

  private Uni<Appointment> booked(SqlConnection connection, long id) {
    return appointments
        .find(connection, id)
        .map(
            found ->
                found
                    .filter(appointment -> "BOOKED".equals(appointment.status()))
                    .orElseThrow(() -> Problem.of(APPOINTMENT_NOT_FOUND, id)));
  }

  /** The service locked, once there is room at {@code startsAt} (leaving out {@code except}). */
  private Uni<ServiceType> lockWithRoom(
      SqlConnection connection, long storeId, String code, Instant startsAt, Long except) {
    return appointments
        .lockServiceType(connection, storeId, code)
        .map(found -> found.orElseThrow(() -> Problem.of(SERVICE_TYPE_NOT_FOUND, storeId, code)))
        .call(
            type ->
                appointments
                    .mostAtOnce(
                        connection,
                        type,
                        startsAt,
                        AppointmentRepository.endOf(type, startsAt),
                        except)
                    .invoke(
                        taken -> {
                          if (taken >= type.capacity()) {
                            throw Problem.of(APPOINTMENT_SLOT_FULL, code, startsAt);
                          }
                        }));
  }

  private Uni<Void> requireStore(SqlConnection connection, long storeId) {
    return appointments
        .storeExists(connection, storeId)
        .invoke(
            exists -> {
              if (!exists) {
                throw Problem.of(STORE_NOT_FOUND, storeId);
              }
            })
        .replaceWithVoid();
  }

  private static Uni<Void> audit(
      SqlConnection connection,
      String actor,
      String action,
      String targetType,
      String targetId,
      Map<String, ?> details) {
    return AuditRows.append(connection, AuditRow.of(actor, action, targetType, targetId, details));
  }
}
