# -*- coding: utf-8 -*-
""" This module contains classes:
HostsEntry:
A representation of a hosts file entry, i.e. a line containing an IP address
and name(s), a comment, or a blank line/line separator.

Hosts:
A representation of a hosts file, e.g. /etc/hosts and
c:\\\\windows\\\\system32\\\\drivers\\\\etc\\\\hosts for a linux or MS windows
based machine respectively. Each entry being represented as an instance
of the HostsEntry class.
"""

from __future__ import unicode_literals
import sys

try:
    from urllib.request import urlopen
except ImportError:  # pragma: no cover
    from urllib2 import urlopen
from python_hosts.utils import (is_ipv4, is_ipv6, is_readable, valid_hostnames,
                                dedupe_list)
from python_hosts.exception import (InvalidIPv6Address, InvalidIPv4Address,
                                    InvalidComment, InvalidHostsEntry,
                                    UnableToWriteHosts)
from python_hosts.unicode_utils import (ensure_text, ensure_binary, safe_open,
                                        normalize_hostname, normalize_comment,
                                        text_type, string_types)


class HostsEntry(object):
    """ An entry in a hosts file. """
    __slots__ = ['entry_type', 'address', 'comment', 'names']

    def __init__(self,
                 entry_type=None,
                 address=None,
                 comment=None,
                 names=None):
        """
        Initialise an instance of a Hosts file entry
        :param entry_type: ipv4 | ipv6 | comment | blank
        :param address: The ipv4 or ipv6 address belonging to the instance
        :param comment: The comment belonging to the instance
        :param names: The names that resolve to the specified address
        :return: None
        """
        if not entry_type or entry_type not in ('ipv4',
                                                'ipv6',
                                                'comment',
                                                'blank'):
            raise InvalidHostsEntry('entry_type invalid or not specified')

        if entry_type == 'comment' and not comment:
            raise InvalidComment('entry_type comment supplied without value.')

        if entry_type == 'ipv4':
            if not all((address, names)):
                raise InvalidHostsEntry('Address and Name(s) must be specified.')
            if not is_ipv4(address):
                raise InvalidIPv4Address()

        if entry_type == 'ipv6':
            if not all((address, names)):
                raise InvalidHostsEntry('Address and Name(s) must be specified.')
            if not is_ipv6(address):
                raise InvalidIPv6Address()

        # Normalize all string inputs to Unicode
        self.entry_type = ensure_text(entry_type) if entry_type else entry_type
        self.address = ensure_text(address) if address else address
        self.comment = normalize_comment(comment) if comment else comment
        
        # Normalize hostnames to Unicode and handle IDN
        if names:
            self.names = [normalize_hostname(name) for name in names]
        else:
            self.names = names

    def is_real_entry(self):
        return self.entry_type in ('ipv4', 'ipv6')

