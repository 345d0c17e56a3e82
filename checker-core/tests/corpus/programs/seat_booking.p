// expect: accepted
// A seat-booking service with concurrent customers: holds expire, confirmations must match a live hold, and a spec checks that no seat is ever confirmed twice.
// tests: tcBooking___customers_2, tcBooking___customers_4
param customers: int;
type tHold = (seat: int, customer: Customer, holdId: int);
event eRequestSeat : (seat: int, customer: Customer);
event eHeld : tHold;
event eUnavailable : int;
event eConfirm : tHold;
event eConfirmed : (seat: int, customer: Customer);
event eExpire : int;
event eSeatConfirmed : int;
machine BookingService {
  var holds: map[int, tHold];
  var sold: set[int];
  var nextHold: int;
  start state Open {
    on eRequestSeat do (r: (seat: int, customer: Customer)) {
      if (r.seat in sold || r.seat in holds) {
        send r.customer, eUnavailable, r.seat;
        return;
      }
      nextHold = nextHold + 1;
      holds[r.seat] = (seat = r.seat, customer = r.customer, holdId = nextHold);
      send r.customer, eHeld, holds[r.seat];
      if ($) { send this, eExpire, r.seat; }
    }
    on eExpire do (seat: int) { if (seat in holds) { holds -= seat; } }
    on eConfirm do (h: tHold) {
      if (h.seat in holds && holds[h.seat].holdId == h.holdId) {
        holds -= h.seat;
        sold += (h.seat);
        announce eSeatConfirmed, h.seat;
        send h.customer, eConfirmed, (seat = h.seat, customer = h.customer);
      } else {
        send h.customer, eUnavailable, h.seat;
      }
    }
  }
}
machine Customer {
  var service: BookingService;
  var attempts: int;
  start state Trying {
    entry (s: BookingService) {
      service = s;
      Request();
    }
    on eHeld do (h: tHold) { send service, eConfirm, h; }
    on eUnavailable do (seat: int) { if (attempts < 3) { Request(); } }
    on eConfirmed goto Seated;
  }
  state Seated {
    ignore eHeld, eUnavailable, eConfirmed;
  }
  fun Request() {
    attempts = attempts + 1;
    send service, eRequestSeat, (seat = choose(3), customer = this);
  }
}
spec NoDoubleBooking observes eSeatConfirmed {
  var confirmed: set[int];
  start state Watch {
    on eSeatConfirmed do (seat: int) {
      assert !(seat in confirmed), format("seat {0} sold twice", seat);
      confirmed += (seat);
    }
  }
}
machine BoxOffice {
  start state Open {
    entry {
      var s: BookingService;
      var i: int;
      s = new BookingService();
      while (i < customers) { new Customer(s); i = i + 1; }
    }
  }
}
test param (customers in [2, 4]) tcBooking [main=BoxOffice]: assert NoDoubleBooking in { BoxOffice, BookingService, Customer };
