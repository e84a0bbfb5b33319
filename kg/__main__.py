import sys

try:
    from kg.cli import main
except KeyboardInterrupt:  # Ctrl-C while the libraries load: nothing was started yet
    sys.stderr.write("Interrupted: nothing was changed.\n")
    sys.exit(130)

main()
