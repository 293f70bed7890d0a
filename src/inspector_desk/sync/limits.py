"""The documented limits of format 1 (docs/bundle-format.md, "Limits").

Every number a reader takes from a file is bounded before it is used to count, allocate or
store anything: a value outside these limits is refused with a typed reason
(``bundle_out_of_bounds`` at headquarters), never stored. The limits are far above what a
device writes in years of work; they exist so that a hostile or broken file cannot make
headquarters hold numbers that break its database, receipts or reports.
"""

from __future__ import annotations

MAX_INT = 2 ** 63 - 1
"""Every JSON integer in every file: signed 64-bit (a database ``bigint``)."""

MAX_SEQ = 2 ** 31 - 1
"""Bundle and update-pack numbers: 1 … 2^31 − 1 (``prev_seq`` 0 … MAX_SEQ − 1)."""

MAX_SEQ_AHEAD = 10_000
"""A bundle is numbered at most this far above the highest number headquarters already
holds from its device (numbers burned by cancelled exports, bundles still on their way)."""

MAX_FILE = 8 << 30
"""Default cap of a bundle file at headquarters (``import --max-size``)."""

MAX_PLAINTEXT = 8 << 30
"""Decrypted archive of one bundle (and its header's ``plaintext_size``), bytes."""

MAX_MANIFEST = 16 << 20
"""``manifest.json``, bytes."""

MAX_LINE = 8 << 20
"""One line of ``records.jsonl`` or ``audit.jsonl``, bytes (newline included)."""

MAX_RECORDS = 10_000_000
"""Record lines in one bundle (and every figure of the header's ``counts``)."""

MAX_AUDIT = 10_000_000
"""Audit entries in one bundle (``audit.to − audit.from``)."""

MAX_ATTACHMENTS = 100_000
"""Attachment members in one bundle (``attachments.count``); the manifest listing them
stays under MAX_MANIFEST."""

MAX_ATTACHMENT = 8 ** 11 - 1
"""One attachment, bytes: the largest size a ustar size field holds (8 GiB − 1)."""

MAX_VOLUMES = 10_000
"""``volume.count``: volumes of one export."""

MAX_SCHEMA_VERSION = 1_000_000
"""``schema_version`` of the device's vault."""
