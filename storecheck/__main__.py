from storecheck.cli import main

main()
